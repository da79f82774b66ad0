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

// Fields that name a person by user name suggest people as one types (/api/users, at least two letters): a city has
// too many people to list them all in every such field. Without scripts the field still takes a user name.
(function () {
  "use strict";
  var timers = new WeakMap();
  document.addEventListener("input", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.hasAttribute("data-user-search") || !input.list) {
      return;
    }

    window.clearTimeout(timers.get(input));
    var text = input.value.trim();
    if (text.length < 2) {
      return;
    }

    timers.set(input, window.setTimeout(function () {
      // Under a sub-path (Proxy:PathBase) the API is there too: the layout says where the service starts.
      var url = (document.body.getAttribute("data-base") || "/") + "api/users?q=" + encodeURIComponent(text) + "&role=" + encodeURIComponent(input.getAttribute("data-user-search"));
      fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (people) {
          var list = input.list;
          list.replaceChildren();
          people.forEach(function (person) {
            var option = document.createElement("option");
            option.value = person.userName;
            option.label = person.fullName;
            option.textContent = person.fullName;
            list.appendChild(option);
          });
        })
        .catch(function () { /* suggestions are a help: the field still takes a typed user name */ });
    }, 200));
  });
})();

// A refused form's summary of problems takes the focus when the page loads: a screen reader reads it first, and a
// keyboard user goes from it to each field by its links.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
