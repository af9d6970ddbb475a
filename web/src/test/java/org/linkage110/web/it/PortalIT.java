package org.linkage110.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** The portal in headless Chromium: sign-in per role, role menus, language, the incident list. */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final String PASSWORD = "Demo-110";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws java.io.IOException {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String url(String path) {
        return new Http(base).resolve(path).toString();
    }

    private void signIn(String username, String password) {
        browser.open(url("login.xhtml"));
        browser.visible(By.id("login:username")).sendKeys(username);
        browser.visible(By.id("login:password")).sendKeys(password);
        browser.visible(By.id("login:submit")).click();
    }

    @ParameterizedTest
    @CsvSource({
            // username, role,        incidents, units, my unit
            "dispatcher, DISPATCHER,    true,  true,  false",
            "supervisor, SUPERVISOR,    true,  true,  false",
            "admin,      ADMIN,         true,  true,  false",
            "unit,       UNIT_OPERATOR, false, false, true"})
    void eachRoleSignsInAndSeesItsMenu(String username, String role, boolean incidents, boolean units, boolean myUnit) {
        signIn(username, PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");

        assertThat(browser.visible(By.id("signed-in-username")).getText()).isEqualTo(username);
        assertThat(browser.driver().findElements(By.cssSelector("#signed-in-roles .role-badge")))
                .extracting(e -> e.getAttribute("data-role")).containsExactly(role);
        assertThat(browser.present(By.id("nav-home"))).isTrue();
        assertThat(browser.present(By.id("nav-incidents"))).isEqualTo(incidents);
        assertThat(browser.present(By.id("nav-units"))).isEqualTo(units);
        assertThat(browser.present(By.id("nav-my-unit"))).isEqualTo(myUnit);
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageAndNoSession() {
        signIn("dispatcher", "not-the-password");
        assertThat(browser.visible(By.id("login:messages")).getText()).contains("用户名或密码错误");

        browser.open(url("app/home.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        assertThat(browser.present(By.id("signed-in-username"))).isFalse();
    }

    @Test
    void aProtectedPageSendsToLoginAndBackAfterwards() {
        browser.open(url("app/units.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        browser.visible(By.id("login:username")).sendKeys("supervisor");
        browser.visible(By.id("login:password")).sendKeys(PASSWORD);
        browser.visible(By.id("login:submit")).click();
        browser.waitForUrlContaining("/app/units.xhtml");
        assertThat(browser.visible(By.id("units")).getText()).contains("陵西街道").contains("区公安分局");
    }

    @Test
    void aUnitOperatorCannotOpenOfficePages() {
        signIn("unit", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.open(url("app/incidents.xhtml"));
        assertThat(browser.visible(By.id("error-title")).getText()).isEqualTo("出错了");
        assertThat(browser.present(By.id("incidents"))).isFalse();
    }

    @Test
    void incidentListShowsWhatTheApiReceived() {
        String description = "夜市油烟扰民" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new Http(base).postJson("api/v1/incidents", Http.KEY_110,
                Http.incidentJson("110-" + UUID.randomUUID(), description)).statusCode()).isEqualTo(201);

        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("nav-incidents")).click();
        browser.waitForUrlContaining("/app/incidents.xhtml");
        assertThat(browser.visible(By.id("incidents-form:incidents")).getText()).contains(description).contains("110平台");
    }

    @Test
    void portalSpeaksChineseFirstAndSwitchesToEnglish() {
        signIn("dispatcher", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        assertThat(browser.visible(By.id("session:logout")).getText()).isEqualTo("退出");
        browser.visible(By.id("session:language")).click();
        browser.waitForUrlContaining("/app/home.xhtml");
        assertThat(browser.visible(By.id("session:logout")).getText()).isEqualTo("Sign out");
        assertThat(browser.visible(By.id("nav-incidents")).getText()).isEqualTo("Incidents");
    }

    @Test
    void signOutEndsTheSession() {
        signIn("admin", PASSWORD);
        browser.waitForUrlContaining("/app/home.xhtml");
        browser.visible(By.id("session:logout")).click();
        browser.waitForUrlContaining("login.xhtml");
        browser.open(url("app/home.xhtml"));
        browser.waitForUrlContaining("login.xhtml");
        assertThat(browser.present(By.id("signed-in-username"))).isFalse();
    }
}
