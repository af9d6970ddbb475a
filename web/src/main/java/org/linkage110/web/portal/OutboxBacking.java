package org.linkage110.web.portal;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.linkage110.platform.OutboxConsole;
import org.linkage110.platform.OutboxEntry;
import org.linkage110.platform.PlatformRefusedException;
import org.linkage110.platform.WebhookSubscriptionView;
import org.linkage110.platform.Webhooks;

/** The outbox console (ADMIN): messages by status, retry and re-send; the webhook subscriptions. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutboxConsole console;

    @Inject
    Webhooks webhooks;

    @Inject
    Messages messages;

    private String status = "";
    private List<OutboxEntry> entries;

    public List<OutboxEntry> getEntries() {
        if (entries == null) {
            entries = console.messages(status, null, 0, 200);
        }
        return entries;
    }

    public Map<String, Long> getCounts() {
        return console.counts();
    }

    public List<WebhookSubscriptionView> getSubscriptions() {
        return webhooks.subscriptions();
    }

    public void filter() {
        entries = null;
    }

    public void retry(OutboxEntry entry) {
        change(() -> console.retry(entry.id()), "outbox.retried");
    }

    public void resend(OutboxEntry entry) {
        change(() -> console.resend(entry.id()), "outbox.resent");
    }

    private void change(Runnable action, String done) {
        try {
            action.run();
            messages.info(done);
        } catch (PlatformRefusedException | EJBException e) {
            messages.error("outbox.refused");
        }
        entries = null;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }
}
