package uk.missingchildren.response.framework;

import java.util.List;

/** The scales a checklist review uses: how far an item is met, and its impact on children. */
public record StageTwoScales(List<ScaleOption> extent, List<ScaleOption> impact) {}
