package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.DemoPeerReceived;

/** One message a demo peer received, as it came. */
@Entity
@Table(name = "platform_demo_peer_message")
@NamedQuery(name = DemoPeerMessage.OF_PEER,
        query = "select m from DemoPeerMessage m where m.peer = :peer order by m.id desc")
@NamedQuery(name = DemoPeerMessage.BY_KEY,
        query = "select m from DemoPeerMessage m where m.peer = :peer and m.idempotencyKey = :key and m.duplicate = false")
public class DemoPeerMessage {

    public static final String OF_PEER = "DemoPeerMessage.ofPeer";
    public static final String BY_KEY = "DemoPeerMessage.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String peer;

    @Column(name = "message_type", nullable = false, length = 60)
    private String messageType;

    @Column(name = "idempotency_key", length = 100)
    private String idempotencyKey;

    @Column(nullable = false)
    private boolean duplicate;

    @Column(nullable = false, length = 40)
    private String receipt;

    @Column(nullable = false)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected DemoPeerMessage() {
    }

    public DemoPeerMessage(String peer, String messageType, String idempotencyKey, boolean duplicate, String receipt,
                           String payload, Instant receivedAt) {
        this.peer = peer;
        this.messageType = messageType;
        this.idempotencyKey = idempotencyKey;
        this.duplicate = duplicate;
        this.receipt = receipt;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    public long id() {
        return id;
    }

    public String receipt() {
        return receipt;
    }

    public DemoPeerReceived toView() {
        return new DemoPeerReceived(id, peer, messageType, idempotencyKey, duplicate, receipt, payload, receivedAt);
    }
}
