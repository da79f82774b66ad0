using Microsoft.Playwright;

namespace PerformanceWorkflow.Web.Tests.Support;

/// <summary>A keyboard-only person in the browser: Tab (or Shift+Tab) until an element has the focus, and whether he sees it.</summary>
internal static class Keyboard
{
    public static async Task TabToAsync(IPage page, string selector, bool backwards = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForLoadStateAsync();
        for (var i = 0; i < 200; i++)
        {
            if (await page.EvaluateAsync<bool>($"() => document.activeElement?.matches({System.Text.Json.JsonSerializer.Serialize(selector)}) === true"))
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        throw new InvalidOperationException($"Con il tasto Tab non si raggiunge «{selector}».");
    }

    /// <summary>The focused element draws an outline or a box shadow: a keyboard user sees where he is.</summary>
    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var style = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth + '|' + s.boxShadow; }");
        var parts = style.Split('|');
        Assert.True(!parts[0].StartsWith("none", StringComparison.Ordinal) && !parts[0].EndsWith(" 0px", StringComparison.Ordinal) || parts[1] != "none", $"fuoco non visibile: {style}");
    }

    /// <summary>On the sign-in page: the user name, Tab, the demo password, Enter.</summary>
    public static async Task SignInAsync(IPage page, string userName)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, "[name=UserName]");
        await page.Keyboard.TypeAsync(userName);
        await TabToAsync(page, "[name=Password]");
        await page.Keyboard.TypeAsync(PerformanceWorkflow.Application.Features.Users.DemoUsersSeeder.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToBeVisibleAsync();
    }

    /// <summary>«Le mie attività» from the header, its focus drawn.</summary>
    public static async Task OpenMyTasksAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await TabToAsync(page, "header a[href$='/attivita']");
        await AssertFocusVisibleAsync(page);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Le mie attività");
    }
}
