package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A grid (网格) of a sub-district. */
@Entity
@Table(name = "routing_grid")
public class Grid {

    @Id
    @Column(name = "grid_code", length = 50)
    private String gridCode;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    protected Grid() {
    }

    public String gridCode() {
        return gridCode;
    }

    public String unitCode() {
        return unitCode;
    }
}
