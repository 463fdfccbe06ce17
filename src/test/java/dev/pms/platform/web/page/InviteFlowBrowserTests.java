package dev.pms.platform.web.page;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.pms.support.Browsers;
import dev.pms.support.IntegrationTest;
import dev.pms.support.UsesBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An invite by email in headless Chromium: made on the members page, used once by the invited address, then refused. */
@UsesBrowser
class InviteFlowBrowserTests extends IntegrationTest {

    @BeforeEach
    void needsChromium() {
        assumeTrue(Browsers.available(), "Chromium is not installed (./pms test installs it)");
    }

    @Test
    void anAdminInvitesAnEmailAsManagerAndTheInviteeJoinsOnceWithThatRole() {
        try (BrowserContext adminBrowser = Browsers.person(); BrowserContext inviteeBrowser = Browsers.person()) {
            Page admin = adminBrowser.newPage();
            Browsers.signUp(admin, port, "/", "Ada Admin", "ada@example.com");
            admin.getByLabel("Name").fill("Acme");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create workspace")).click();
            admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Members")).click();

            assertThat(admin.locator("#invites")).containsText("PMS cannot send email here");
            admin.locator("#invite-email").fill("mia@example.com");
            admin.locator("#invite-role").selectOption("MANAGER");
            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
            var row = admin.locator("[data-invite='mia@example.com']");
            assertThat(row).containsText("Manager");
            String link = row.getByLabel("Invite link for mia@example.com").inputValue();
            Browsers.screenshot(admin, "invites");

            Page invitee = inviteeBrowser.newPage();
            Browsers.signUp(invitee, port, link, "Mia Manager", "mia@example.com");
            assertThat(invitee.locator("h1")).hasText("You have been invited to join Acme");
            assertThat(invitee.locator("main")).containsText("You start as Manager");
            invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join Acme")).click();
            assertThat(invitee.locator(".switcher summary")).containsText("Manager");

            invitee.navigate(link);
            assertThat(invitee.locator("main")).containsText("This invite has been used already: each invite works once.");
            admin.reload();
            assertThat(admin.locator("[data-invite='mia@example.com']")).hasCount(0);
            assertThat(admin.locator("[data-member='mia@example.com']")).containsText("Manager");
        }
    }
}
