package org.newsgraph.html;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both at fixed paths, so that
 * Selenium Manager never runs and nothing is downloaded: {@code .ci/run} installs the packages
 * {@code chromium} and {@code chromium-driver}. Runs without the sandbox (CI is root) and with a
 * fresh profile directory per browser. The same flags serve {@code docs/screenshot.sh}.
 */
public final class HeadlessChromium {

  public static final Path BROWSER = Path.of("/usr/bin/chromium");
  public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Held so that its level stays set (java.util.logging keeps loggers weakly). */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private HeadlessChromium() {}

  /** A new browser with a fresh profile in {@code profile}; the caller quits it. */
  public static ChromeDriver start(Path profile) throws IOException {
    for (Path p : new Path[] {BROWSER, DRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: install the Debian packages chromium and "
            + "chromium-driver (apt-get install -y chromium chromium-driver; .ci/run does)");
      }
    }
    // Without a devtools module Selenium warns once that it has no CDP for this Chromium: unused here.
    CDP_LOG.setLevel(Level.SEVERE);
    // Belt and braces: the driver path is also set where Selenium looks before its Manager.
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER.toString()))
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(60))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
