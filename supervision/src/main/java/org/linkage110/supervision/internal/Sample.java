package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.linkage110.supervision.SampleView;
import org.linkage110.supervision.Stratify;

/** One day's sample: the day whose closed orders were drawn, the seed that reproduces the draw. */
@Entity
@Table(name = "supervision_sample")
@NamedQuery(name = Sample.OF_DAY, query = "select s from Sample s where s.day = :day")
@NamedQuery(name = Sample.LATEST, query = "select s from Sample s order by s.day desc")
public class Sample {

    public static final String OF_DAY = "Sample.ofDay";
    public static final String LATEST = "Sample.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private LocalDate day;

    private long seed;

    private int size;

    @Column(nullable = false, length = 10)
    private String stratify;

    private int candidates;

    @Column(name = "drawn_by", nullable = false, length = 100)
    private String drawnBy;

    @Column(name = "drawn_at", nullable = false)
    private Instant drawnAt;

    protected Sample() {
    }

    public Sample(LocalDate day, long seed, int size, Stratify stratify, int candidates, String by, Instant at) {
        this.day = day;
        this.seed = seed;
        this.size = size;
        this.stratify = stratify.name();
        this.candidates = candidates;
        this.drawnBy = by;
        this.drawnAt = at;
    }

    public long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public long seed() {
        return seed;
    }

    public int size() {
        return size;
    }

    public Stratify stratify() {
        return Stratify.valueOf(stratify);
    }

    public SampleView toView() {
        return new SampleView(id, day, seed, size, stratify, candidates, drawnBy, drawnAt);
    }
}
