#!/usr/bin/env bash
# The README's screenshots, taken again from the demo by the screenshot test (Chromium through Playwright:
# apt-get install chromium). Run from anywhere; the pictures land beside this script.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
PW_SCREENSHOTS="$here" PW_REQUIRE_BROWSER=1 dotnet test tests/PerformanceWorkflow.Web.Tests --filter "FullyQualifiedName~ScreenshotTests"
ls -l "$here"/*.png
