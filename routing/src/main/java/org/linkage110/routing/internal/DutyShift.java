package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.DutyShiftView;

/** One person of a unit on duty from one moment to another; taken off the roster, it is kept with the reason. */
@Entity
@Table(name = "routing_duty_shift")
@NamedQuery(name = DutyShift.OVERLAPPING, query = "select s from DutyShift s where s.unitCode = :unit "
        + "and s.removedAt is null and s.startsAt < :to and s.endsAt > :from order by s.startsAt, s.id")
public class DutyShift {

    public static final String OVERLAPPING = "DutyShift.overlapping";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(name = "person_name", nullable = false, length = 60)
    private String personName;

    @Column(nullable = false, length = 40)
    private String phone;

    @Column(nullable = false, length = 60)
    private String duty;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_reason", length = 500)
    private String removedReason;

    protected DutyShift() {
    }

    public DutyShift(String unitCode, String personName, String phone, String duty, Instant startsAt, Instant endsAt,
                     String createdBy, Instant createdAt) {
        this.unitCode = unitCode;
        this.personName = personName;
        this.phone = phone;
        this.duty = duty == null ? "" : duty;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String unitCode() {
        return unitCode;
    }

    public boolean removed() {
        return removedAt != null;
    }

    public void remove(String by, Instant at, String reason) {
        removedBy = by;
        removedAt = at;
        removedReason = reason;
    }

    public DutyShiftView toView() {
        return new DutyShiftView(id, unitCode, personName, phone, duty, startsAt, endsAt, createdBy);
    }

    public String toJson() {
        return org.linkage110.platform.Jsons.createObjectBuilder().add("unitCode", unitCode).add("personName", personName)
                .add("phone", phone).add("duty", duty).add("startsAt", startsAt.toString()).add("endsAt", endsAt.toString())
                .add("removedReason", String.valueOf(removedReason)).build().toString();
    }
}
