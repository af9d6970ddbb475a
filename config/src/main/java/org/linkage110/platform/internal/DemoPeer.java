package org.linkage110.platform.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.linkage110.platform.Jsons;

/** A demo peer and whether it answers (an administrator takes it down to watch the outbox retry). */
@Entity
@Table(name = "platform_demo_peer")
public class DemoPeer {

    @Id
    @Column(length = 20)
    private String peer;

    @Version
    private long version;

    @Column(nullable = false)
    private boolean answering;

    protected DemoPeer() {
    }

    public boolean answering() {
        return answering;
    }

    public void answering(boolean answering) {
        this.answering = answering;
    }

    public String toJson() {
        return org.linkage110.platform.Jsons.createObjectBuilder().add("peer", peer).add("answering", answering).build().toString();
    }
}
