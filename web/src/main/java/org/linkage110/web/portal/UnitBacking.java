package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.linkage110.routing.DutyRoster;
import org.linkage110.routing.DutyShiftView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NewDutyShift;
import org.linkage110.routing.TierChangeView;
import org.linkage110.routing.UnitDutyView;

/**
 * One unit's page: its duty regime and what it fixes, who is on duty now, the roster of the next
 * week (the office and the unit's own staff add and take off shifts), and its tier history. The
 * office opens it for any unit ({@code unit.xhtml?code=}); a unit's staff for their own (my-unit).
 */
@Named
@ViewScoped
public class UnitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DutyRoster roster;

    @Inject
    LinkageUnits units;

    @Inject
    CurrentUser user;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String code;
    private String personName;
    private String phone;
    private String duty;
    private String startsAt;
    private String endsAt;
    private String removeReason;
    private transient UnitDutyView dutyRead;
    private transient List<DutyShiftView> rosterRead;

    /** The unit shown: the one asked for, or the signed-in person's own. */
    public String getCode() {
        return code != null ? code : user.getUnitCode();
    }

    public void setCode(String code) {
        this.code = code == null || code.isBlank() ? null : code;
    }

    /** Read once for the view (the page names it many times); forgotten when the roster changes. */
    public UnitDutyView getDuty() {
        if (dutyRead == null && getCode() != null) {
            dutyRead = roster.duty(getCode(), clock.instant());
        }
        return dutyRead;
    }

    public List<DutyShiftView> getRoster() {
        if (rosterRead == null) {
            Instant now = clock.instant();
            rosterRead = roster.shifts(getCode(), now, now.plus(Duration.ofDays(7)));
        }
        return rosterRead;
    }

    public List<TierChangeView> getTiers() {
        return units.tierHistory(getCode());
    }

    public void addShift() {
        Instant start = local(startsAt);
        Instant end = local(endsAt);
        if (start == null || end == null) {
            messages.error("unit.shiftTimes");
            return;
        }
        if (feedback.attempt(() -> roster.add(getCode(), new NewDutyShift(personName, phone, duty, start, end)))) {
            messages.info("unit.shiftAdded");
            forget();
            personName = null;
            phone = null;
            duty = null;
            startsAt = null;
            endsAt = null;
        }
    }

    public void removeShift(DutyShiftView shift) {
        if (feedback.attempt(() -> roster.remove(shift.id(), removeReason))) {
            messages.info("unit.shiftRemoved");
            forget();
            removeReason = null;
        }
    }

    private void forget() {
        dutyRead = null;
        rosterRead = null;
    }

    private Instant local(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDateTime.parse(value).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDutyName() {
        return duty;
    }

    public void setDutyName(String duty) {
        this.duty = duty;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }
}
