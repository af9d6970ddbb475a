package org.linkage110.platform;

/** An authenticated agency client: who it is and which agency it speaks for. */
public record ApiClientView(String clientId, String agency, String nameZh) {
}
