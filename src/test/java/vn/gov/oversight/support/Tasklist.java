package vn.gov.oversight.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist in Debian's headless Chromium, driven as a person would: log in, open
 * a task, claim it, fill the Camunda Form, complete. Form fields are found by the id of
 * their form component ({@code Field_DraftSummary}).
 */
public final class Tasklist implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";

    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final String base;

    private final WebDriver driver;

    private final WebDriverWait wait;

    public Tasklist(int port) {
        if (!new File(CHROMEDRIVER).canExecute() || !new File(CHROMIUM).canExecute()) {
            throw new IllegalStateException(
                    "Browser tests need Debian's chromium and chromium-driver " + "(scripts/test installs them)");
        }
        this.base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        try {
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,1400",
                    "--user-data-dir=" + Files.createTempDirectory("tasklist-chromium"));
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
            .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public Tasklist logIn(String user, String password) {
        driver.manage().deleteAllCookies();
        // a page already in Tasklist would only change its fragment: load the application
        // afresh, logged out
        driver.get("about:blank");
        driver.get(base + "#/login");
        WebElement name = wait
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
        return this;
    }

    /**
     * Opens the login page and returns its text once the form and its labels are shown,
     * with the placeholders of its fields (which name them: the form has no other label).
     */
    public String loginPageText() {
        driver.manage().deleteAllCookies();
        driver.get(base + "#/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        // the labels arrive with the locale file, after the form itself
        wait.until(d -> !d.findElement(By.cssSelector("button[type=submit]")).getText().isBlank());
        StringBuilder text = new StringBuilder(pageText());
        for (WebElement field : driver.findElements(By.cssSelector("input[placeholder]"))) {
            text.append('\n').append(field.getAttribute("placeholder"));
        }
        return text.toString();
    }

    // --- the oversight pages, in the same browser

    /**
     * Logs in through the oversight pages' own form and waits for the page each role
     * lands on.
     */
    public Tasklist oversightLogIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(root() + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        click(driver.findElement(By.cssSelector("button[type=submit]")));
        wait.until(d -> d.getCurrentUrl().contains("/oversight"));
        return this;
    }

    /**
     * Opens an oversight page ({@code /oversight/escalations}) and returns what it shows.
     */
    public String oversight(String path) {
        driver.get(root() + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main")));
        return pageText();
    }

    /**
     * Follows the link matched by the CSS selector as a person would, and returns the
     * address it sent the browser to (Tasklist may move on to its login page at once).
     */
    public String follow(String cssSelector) {
        String before = driver.getCurrentUrl();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(cssSelector)));
        String target = link.getAttribute("href");
        click(link);
        wait.until(d -> !d.getCurrentUrl().equals(before));
        return target;
    }

    /**
     * An attribute of the first element matched by the CSS selector, or a computed CSS
     * property ("css:...").
     */
    public String property(String cssSelector, String name) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
        return name.startsWith("css:") ? element.getCssValue(name.substring(4)) : element.getAttribute(name);
    }

    /**
     * Shows the pages as a phone of this size does (390 × 844): a headless window cannot
     * be narrower than 500 pixels, so the device is emulated.
     */
    public Tasklist phone(int width, int height) {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 3, "mobile", true));
        return this;
    }

    /** The width of the page's viewport in CSS pixels. */
    public long viewportWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth;"))
            .longValue();
    }

    /**
     * How many pixels the page is wider than the window: 0 when nothing makes the reader
     * scroll sideways.
     */
    public long sidewaysOverflow() {
        Object overflow = ((JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) overflow).longValue();
    }

    /** Picks the option of a form's radio group by the label a person reads. */
    public Tasklist choose(String componentId, String label) {
        wait.until(ExpectedConditions
            .presenceOfElementLocated(By.cssSelector("input[type=radio][id*='-" + componentId + "']")));
        for (WebElement radio : driver.findElements(By.cssSelector("input[type=radio][id*='-" + componentId + "']"))) {
            WebElement text = driver.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']"));
            if (text.getText().contains(label)) {
                click(radio);
                return this;
            }
        }
        throw new IllegalStateException("No option '" + label + "' in " + componentId);
    }

    private String root() {
        return base.substring(0, base.indexOf("/camunda/"));
    }

    /**
     * The text the page shows now (what a person reads: hidden elements are left out).
     */
    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the task list has been loaded and returns the page's text. */
    public String taskListText() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".app-splash")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
        return pageText();
    }

    /**
     * Opens another page of the Camunda web apps in the same session
     * ({@code /camunda/app/welcome/default/}) and returns its text once it shows
     * {@code awaited} (or after the wait, whatever it shows then).
     */
    public String pageTextAt(String appPath, String awaited) {
        driver.get(base.substring(0, base.indexOf("/camunda/")) + appPath);
        try {
            wait.until(d -> d.findElement(By.tagName("body")).getText().contains(awaited));
        }
        catch (TimeoutException e) {
            // the caller's assertion shows what the page says instead
        }
        return pageText();
    }

    /** Whether an element matching the CSS selector is shown (present and visible). */
    public boolean shows(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector)).stream().anyMatch(WebElement::isDisplayed);
    }

    /**
     * Whether any element in the page's markup matches the CSS selector, shown or not.
     */
    public boolean contains(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    public Tasklist openTask(String taskId) {
        driver.get(base + "#/?task=" + taskId);
        // Tasklist is a single-page app: a new hash alone does not always reload the
        // task. On a busy
        // machine its first load can also stall, hence one more try.
        for (int attempt = 1;; attempt++) {
            driver.navigate().refresh();
            try {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
                return this;
            }
            catch (TimeoutException e) {
                if (attempt == 2) {
                    throw new IllegalStateException(
                            "Task " + taskId + " did not open; see " + screenshot("tasklist-failure"), e);
                }
            }
        }
    }

    /**
     * The text of the task's form as a person reads it (labels, the header, read-only
     * values).
     */
    public String formText() {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        StringBuilder text = new StringBuilder(form.getText());
        for (WebElement field : form.findElements(By.cssSelector("textarea, input"))) {
            text.append('\n').append(field.getAttribute("value"));
        }
        return text.toString();
    }

    public Tasklist claim() {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        return this;
    }

    public Tasklist type(String componentId, String text) {
        WebElement field = field(componentId);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    public Tasklist check(String componentId) {
        WebElement box = field(componentId);
        if (!box.isSelected()) {
            click(box);
        }
        return this;
    }

    /** Tries to complete a form with a mistake; returns what the form says is wrong. */
    public String completeRefused() {
        click(wait.until(ExpectedConditions.elementToBeClickable(completeButton())));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")))
            .getText();
    }

    /** Completes the task and waits until Tasklist has let go of it. */
    public Tasklist complete() {
        click(wait.until(ExpectedConditions.elementToBeClickable(completeButton())));
        try {
            wait.until(
                    ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
        }
        catch (TimeoutException e) {
            String shown = driver.findElements(By.cssSelector(".notifications, .fjs-form-field-error"))
                .stream()
                .map(WebElement::getText)
                .reduce("", (a, b) -> a + " | " + b);
            throw new IllegalStateException(
                    "The form was not completed: " + shown + "; see " + screenshot("tasklist-failure"), e);
        }
        return this;
    }

    /**
     * Clicks as a person would after scrolling the element into view (the page footer can
     * cover it).
     */
    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private WebElement completeButton() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
    }

    private WebElement field(String componentId) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[id*='-" + componentId + "'], textarea[id*='-" + componentId + "']")));
    }

    /** Saves what the browser shows under target/ and returns the file's path. */
    public String screenshot(String name) {
        try {
            Path file = Path.of("target", name + ".png").toAbsolutePath();
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file.toString();
        }
        catch (IOException e) {
            return "(no screenshot: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

}
