package org.newsgraph;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A medium that passes a quote on: "quoted by the Yonhap News Agency", "according to Yonhap". The
 * speaker said it; the outlet reported it.
 */
public record Outlet(CharSpan mention, Optional<String> entityId, String name) {

  public Outlet {
    checkNotNull(mention, "mention");
    checkNotNull(entityId, "entityId");
    checkNotNull(name, "name");
  }
}
