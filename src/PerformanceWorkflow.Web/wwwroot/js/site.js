// Forms whose work takes seconds (importing a city's plan, starting a phase for hundreds of owners) say so while the
// server works, and cannot be sent twice: the submit button is disabled and shows the form's data-busy text.
(function () {
  "use strict";
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-busy") || event.defaultPrevented) {
      return;
    }

    var button = event.submitter || form.querySelector("button[type=submit]");
    if (!button) {
      return;
    }

    // Disabled after the submission has taken the button's name and value.
    window.setTimeout(function () {
      button.disabled = true;
      var spinner = document.createElement("span");
      spinner.className = "spinner-border spinner-border-sm me-2";
      spinner.setAttribute("aria-hidden", "true");
      button.textContent = form.getAttribute("data-busy");
      button.prepend(spinner);
      var status = form.querySelector("[data-busy-status]");
      if (status) {
        status.textContent = form.getAttribute("data-busy");
      }
    }, 0);
  });
})();
