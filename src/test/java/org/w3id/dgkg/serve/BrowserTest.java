package org.w3id.dgkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages as a person sees them, in Debian's headless Chromium driven by Selenium
 * (/usr/bin/chromium, /usr/bin/chromedriver; nothing is downloaded). Without Chromium the test
 * fails in CI (CI=true) with what to install, and is skipped elsewhere. Screenshots go to
 * target/screenshots/.
 */
class BrowserTest {

    @TempDir
    static Path tmp;
    static DgkgServer server;
    static WebDriver driver;

    @BeforeAll
    static void start() throws IOException {
        Chromium.require();
        server = TestSite.start(tmp);
        driver = Chromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null)
            driver.quit();
        if (server != null)
            server.stop();
    }

    static String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }

    static void shot(String name) throws IOException {
        Chromium.shot(driver, name);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    void evidence_sentence_links_to_the_highlighted_range_in_the_document() throws IOException {
        driver.get(url("/id/instrument/gdpr"));
        WebElement evidence = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.relation[data-property$='issuedBy'] blockquote.sentence")));
        List<WebElement> marks = evidence.findElements(By.cssSelector("mark.mention"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("欧盟")), "mention highlighted in the evidence sentence");
        shot("entity-gdpr");
        driver.findElement(By.cssSelector("div.relation[data-property$='issuedBy'] a.doclink")).click();
        waiting().until(ExpectedConditions.urlContains("/id/document/fixture-doc#char=0,30"));
        WebElement target = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.char-target")));
        String highlighted = (String) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('mark.char-target')).map(m => m.textContent).join('')");
        assertEquals("欧盟于2016年发布《通用数据保护条例》，规范数据跨境流动。", highlighted);
        assertTrue(target.isDisplayed());
        shot("document-char-range");
    }

    @Test
    void query_editor_runs_a_query_and_shows_results() throws IOException {
        driver.get(url("/query"));
        waiting().until(d -> ((JavascriptExecutor) d).executeScript("return !!(window.dgkgYasgui && document.querySelector('.CodeMirror'))"));
        ((JavascriptExecutor) driver).executeScript("window.dgkgYasgui.getTab().setQuery("
                + "'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\\nSELECT ?issue ?label WHERE { ?issue skos:prefLabel ?label FILTER(lang(?label) = \"zh\") } ORDER BY ?label')");
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".yasr"), "数字鸿沟"));
        shot("query-results");
    }

    @Test
    void searching_a_chinese_term_shows_matching_sentences() throws IOException {
        driver.get(url("/search"));
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        box.sendKeys("数字鸿沟");
        box.submit();
        WebElement hit = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.sentence-hit")));
        assertTrue(hit.getText().contains("各国应弥合数字鸿沟"), hit.getText());
        assertTrue(hit.findElement(By.cssSelector("mark.mention")).getText().equals("数字鸿沟"));
        shot("search-digital-divide");
    }

    @Test
    void graph_view_draws_the_neighbourhood_and_opens_a_page_on_double_click() throws IOException {
        // A click now expands a node (issue 12: one hop first, expand on click); a double click opens its page.
        driver.get(url("/graph?iri=https://w3id.org/dgkg/id/instrument/gdpr"));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.dgkgGraphReady === true")));
        long first = (Long) ((JavascriptExecutor) driver).executeScript("return window.dgkgGraph.nodes().length");
        assertTrue(first >= 3, "gdpr and its direct neighbours");
        shot("graph-gdpr");
        ((JavascriptExecutor) driver).executeScript("window.dgkgGraph.getElementById('https://w3id.org/dgkg/id/actor/eu').emit('dbltap')");
        waiting().until(ExpectedConditions.urlContains("/id/actor/eu"));
    }

    @Test
    void a_fact_page_shows_the_evidence_and_how_to_cite_it() throws IOException {
        driver.get(url("/id/instrument/gdpr"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("div.relation[data-property$='issuedBy'] a.stmt"))).click();
        waiting().until(ExpectedConditions.urlContains("/id/statement/fixture-doc-1"));
        WebElement triple = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1.triple")));
        assertTrue(triple.getText().contains("通用数据保护条例") && triple.getText().contains("欧盟"), triple.getText());
        assertEquals("欧盟", driver.findElement(By.cssSelector(".evidence blockquote.sentence mark.mention")).getText());
        assertTrue(driver.findElement(By.id("cite-bibtex")).getText().startsWith("@misc{dgkg-fixture-doc-1,"));
        assertTrue(driver.findElement(By.id("cite-text")).getText().contains("https://w3id.org/dgkg/id/statement/fixture-doc-1"));
        assertTrue(driver.findElement(By.id("cite-turtle")).getText().contains("statement:fixture-doc-1"));
        shot("fact-fixture");
        driver.findElement(By.cssSelector(".evidence a.doclink")).click();
        waiting().until(ExpectedConditions.urlContains("/id/document/fixture-doc#char=0,30"));
    }

    @Test
    void an_actor_page_shows_positions_over_time() throws IOException {
        driver.get(url("/id/actor/eu"));
        WebElement table = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.positions")));
        WebElement row = table.findElement(By.cssSelector("tbody tr[data-relation='issuedBy']"));
        assertEquals("2016", row.findElement(By.cssSelector("td.year")).getText());
        assertTrue(row.getText().contains("通用数据保护条例"), row.getText());
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", table);
        shot("positions-eu");
    }

    @Test
    void a_document_opens_on_its_text_with_a_legend() throws IOException {
        driver.get(url("/id/document/fixture-doc"));
        WebElement legend = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".legend")));
        assertTrue(legend.getText().contains("行为体 actor") && legend.getText().contains("议题 issue"), legend.getText());
        assertFalse(driver.findElement(By.cssSelector("details.about")).getAttribute("open") != null, "metadata folded");
        WebElement text = driver.findElement(By.id("doctext"));
        assertTrue(text.getLocation().getY() < 600, "the text is on the first screen: " + text.getLocation());
        assertTrue(text.findElement(By.cssSelector("a.mention.k-actor")).getText().equals("欧盟"));
        shot("document-fixture");
    }

    @Test
    void the_query_editor_shows_only_the_prefixes_a_query_uses_and_links_results_home() throws IOException {
        String query = "PREFIX dgkg: <https://w3id.org/dgkg/ontology#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX oa: <http://www.w3.org/ns/oa#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "SELECT ?org WHERE { ?org a dgkg:RegionalOrganization }";
        driver.get(url("/query?query=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.dgkgQueryReady === true")));
        String shown = (String) ((JavascriptExecutor) driver).executeScript("return window.dgkgYasgui.getTab().getQuery()");
        assertTrue(shown.startsWith("PREFIX dgkg: <https://w3id.org/dgkg/ontology#>\n\nSELECT"), shown);
        assertFalse(shown.contains("PREFIX oa:") || shown.contains("PREFIX skos:"), shown);
        // a known prefix typed in the query is declared for it
        ((JavascriptExecutor) driver).executeScript("var y = window.dgkgYasgui.getTab().getYasqe(); y.setValue(y.getValue().replace('?org a', 'actor:eu ?p ?o . ?org a'))");
        waiting().until(d -> ((String) ((JavascriptExecutor) d).executeScript("return window.dgkgYasgui.getTab().getQuery()"))
                .contains("PREFIX actor: <https://w3id.org/dgkg/id/actor/>"));
        driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
        String shownIri = waiting().until(d -> (String) ((JavascriptExecutor) d).executeScript(
                "var a = document.querySelector(\".yasr a[href='/id/actor/eu']\"); return a ? a.textContent : null"));
        assertEquals("actor:eu", shownIri.strip(), "what is shown can be pasted back into a query");
        Number right = (Number) ((JavascriptExecutor) driver).executeScript("return document.getElementById('examples').getBoundingClientRect().right");
        Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.clientWidth");
        assertTrue(right.doubleValue() <= width.doubleValue(), "the examples menu fits: " + right + " > " + width);
        shot("query-prefixes");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasr a[href='/id/actor/eu']"))).click();
        waiting().until(ExpectedConditions.urlToBe(url("/id/actor/eu")));
    }

    @Test
    void markup_in_a_label_is_shown_as_text() {
        driver.get(url("/id/actor/xss"));
        WebElement h1 = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1")));
        assertTrue(h1.getText().contains("<script>window.pwned=1</script>恶意"));
        assertFalse(Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.pwned === 1")));
    }
}
