-- Which server of a cluster runs a scheduled job this time (JobLeases): every server's timer fires,
-- the first to take the lease runs the job, the others find it held and skip that round.
CREATE TABLE platform_job_lease (
    job         VARCHAR(60)  NOT NULL,
    holder      VARCHAR(100) NOT NULL,
    held_until  DATETIME(6)  NOT NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
