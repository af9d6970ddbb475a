package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A road, community or landmark name that places an address in a grid. */
@Entity
@Table(name = "routing_grid_keyword")
@NamedQuery(name = GridKeyword.ALL, query = "select k from GridKeyword k")
public class GridKeyword {

    static final String ALL = "GridKeyword.all";

    @Id
    @Column(length = 50)
    private String keyword;

    @Column(name = "grid_code", nullable = false, length = 50)
    private String gridCode;

    protected GridKeyword() {
    }

    public String keyword() {
        return keyword;
    }

    public String gridCode() {
        return gridCode;
    }
}
