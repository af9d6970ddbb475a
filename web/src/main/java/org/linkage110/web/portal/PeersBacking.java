package org.linkage110.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.linkage110.platform.DemoPeerReceived;
import org.linkage110.platform.DemoPeers;

/** The demo peers page (office, ADMIN): what the stand-ins for 110 and 12345 received. */
@Named
@RequestScoped
public class PeersBacking {

    @Inject
    DemoPeers peers;

    @Inject
    Messages messages;

    public boolean isEnabled() {
        return peers.enabled();
    }

    public List<String> getPeers() {
        return DemoPeers.PEERS;
    }

    public List<DemoPeerReceived> received(String peer) {
        return peers.received(peer, 100);
    }

    public boolean answering(String peer) {
        return peers.answering(peer);
    }

    /** ADMIN: take the peer down or bring it back. */
    public void toggle(String peer) {
        peers.answering(peer, !peers.answering(peer));
        messages.info(peers.answering(peer) ? "peers.up" : "peers.down");
    }
}
