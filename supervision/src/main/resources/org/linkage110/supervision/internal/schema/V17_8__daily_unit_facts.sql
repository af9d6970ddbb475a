-- The daily facts summed per unit and tier (issue 17): what the figures read when neither a
-- sub-district nor a category is asked for (the district's figures, per unit, per day: the
-- dashboard and the reports' tables), a fortieth or less of supervision_daily_fact's rows. Moved
-- with the daily facts, by the same additions in the same transaction, and summed again from
-- them when a day is rebuilt, which reports any difference.
CREATE TABLE supervision_daily_unit_fact (
    day                  DATE        NOT NULL,
    unit_code            VARCHAR(40) NOT NULL,
    tier                 TINYINT     NOT NULL,
    received             INT NOT NULL DEFAULT 0,
    diverted             INT NOT NULL DEFAULT 0,
    closed               INT NOT NULL DEFAULT 0,
    sent_to_police       INT NOT NULL DEFAULT 0,
    repeats              INT NOT NULL DEFAULT 0,
    dispatched           INT NOT NULL DEFAULT 0,
    signed               INT NOT NULL DEFAULT 0,
    signed_on_time       INT NOT NULL DEFAULT 0,
    fed_back             INT NOT NULL DEFAULT 0,
    returned             INT NOT NULL DEFAULT 0,
    callbacks_done       INT NOT NULL DEFAULT 0,
    satisfaction_answers INT NOT NULL DEFAULT 0,
    satisfied            INT NOT NULL DEFAULT 0,
    complaints           INT NOT NULL DEFAULT 0,
    unresolved           INT NOT NULL DEFAULT 0,
    sign_due             INT NOT NULL DEFAULT 0,
    sign_on_time         INT NOT NULL DEFAULT 0,
    contact_due          INT NOT NULL DEFAULT 0,
    contact_on_time      INT NOT NULL DEFAULT 0,
    arrive_due           INT NOT NULL DEFAULT 0,
    arrive_on_time       INT NOT NULL DEFAULT 0,
    report_due           INT NOT NULL DEFAULT 0,
    report_on_time       INT NOT NULL DEFAULT 0,
    result_due           INT NOT NULL DEFAULT 0,
    result_on_time       INT NOT NULL DEFAULT 0,
    refreshed_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (day, unit_code, tier)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO supervision_daily_unit_fact (day, unit_code, tier, received, diverted, closed, sent_to_police, repeats, dispatched, signed, signed_on_time, fed_back, returned, callbacks_done, satisfaction_answers, satisfied, complaints, unresolved, sign_due, sign_on_time, contact_due, contact_on_time, arrive_due, arrive_on_time, report_due, report_on_time, result_due, result_on_time, refreshed_at)
SELECT day, unit_code, tier, SUM(received), SUM(diverted), SUM(closed), SUM(sent_to_police), SUM(repeats), SUM(dispatched), SUM(signed), SUM(signed_on_time), SUM(fed_back), SUM(returned), SUM(callbacks_done), SUM(satisfaction_answers), SUM(satisfied), SUM(complaints), SUM(unresolved), SUM(sign_due), SUM(sign_on_time), SUM(contact_due), SUM(contact_on_time), SUM(arrive_due), SUM(arrive_on_time), SUM(report_due), SUM(report_on_time), SUM(result_due), SUM(result_on_time), MAX(refreshed_at)
FROM supervision_daily_fact GROUP BY day, unit_code, tier;
