package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.platform.ApiCall;
import org.linkage110.platform.ApiClientView;
import org.linkage110.platform.ApiClients;
import org.linkage110.platform.NewApiClient;

/**
 * The agency clients page (ADMIN): every client, a new one with its key shown once, rotation (the
 * new key shown once, the old one valid for the overlap), revocation with a reason, unlock.
 */
@Named
@ViewScoped
public class ApiClientsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApiClients clients;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String clientId;
    private String agency;
    private String nameZh;
    private List<String> calls = new ArrayList<>();
    private String revokeReason;
    private String issuedFor;
    private String issuedKey;

    public List<ApiClientView> getClients() {
        return clients.list();
    }

    public ApiCall[] getCallGroups() {
        return ApiCall.values();
    }

    public void create() {
        Set<ApiCall> chosen = calls.stream().map(ApiCall::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiCall.class)));
        NewApiClient request = new NewApiClient(clientId == null ? null : clientId.strip(), agency, nameZh, chosen);
        if (feedback.attempt(() -> show(clients.create(request)))) {
            messages.info("apiClients.created");
            clientId = null;
            agency = null;
            nameZh = null;
            calls = new ArrayList<>();
        }
    }

    public void rotate(ApiClientView client) {
        if (feedback.attempt(() -> show(clients.rotate(client.clientId())))) {
            messages.info("apiClients.rotated");
        }
    }

    public void revoke(ApiClientView client) {
        if (feedback.attempt(() -> clients.revoke(client.clientId(), revokeReason))) {
            messages.info("apiClients.revoked");
            revokeReason = null;
        }
    }

    public void unlock(ApiClientView client) {
        if (feedback.attempt(() -> clients.unlock(client.clientId()))) {
            messages.info("apiClients.unlocked");
        }
    }

    private void show(ApiClients.IssuedKey issued) {
        issuedFor = issued.client().clientId();
        issuedKey = issued.key();
    }

    /** The key just issued: shown on this render only, then forgotten. */
    public String takeIssuedKey() {
        String key = issuedKey;
        issuedKey = null;
        return key;
    }

    public boolean isKeyIssued() {
        return issuedKey != null;
    }

    public String getIssuedFor() {
        return issuedFor;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public List<String> getCalls() {
        return calls;
    }

    public void setCalls(List<String> calls) {
        this.calls = calls;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }
}
