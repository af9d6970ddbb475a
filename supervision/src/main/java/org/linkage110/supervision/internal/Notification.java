package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.supervision.NotificationView;

/** A notification to a unit or to the office ({@link #OFFICE}); its dedupe key makes it exist once. */
@Entity
@Table(name = "supervision_notification")
@NamedQuery(name = Notification.OF_RECIPIENT,
        query = "select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.BY_KEY, query = "select count(n) from Notification n where n.dedupeKey = :key")
public class Notification {

    public static final String OFFICE = "OFFICE";
    public static final String OF_RECIPIENT = "Notification.ofRecipient";
    public static final String BY_KEY = "Notification.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String recipient;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "incident_id")
    private Long incidentId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "dedupe_key", nullable = false, length = 150)
    private String dedupeKey;

    protected Notification() {
    }

    Notification(String recipient, String kind, Long incidentId, Long subjectId, String text, Instant at, String key) {
        this.recipient = recipient;
        this.kind = kind;
        this.incidentId = incidentId;
        this.subjectId = subjectId;
        this.text = text.length() > 500 ? text.substring(0, 500) : text;
        this.createdAt = at;
        this.dedupeKey = key;
    }

    public NotificationView toView() {
        return new NotificationView(id, recipient, kind, incidentId, subjectId, text, createdAt);
    }
}
