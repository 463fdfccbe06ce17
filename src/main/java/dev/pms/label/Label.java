package dev.pms.label;

import java.util.UUID;

/** A workspace label: its name is unique in the workspace whatever its case. */
public record Label(UUID id, String name, LabelColour colour) {
}
