package uk.missingchildren.response.framework;

import java.util.List;

/** Reads the answer scales and rating bands from {@code framework.yaml}. */
final class ScaleReader {

  private ScaleReader() {}

  static StageOneScale stageOne(ContentNode node) {
    ContentNode rating = node.child("rating");
    List<StageOneScale.RatingBand> bands =
        rating.children("bands", true).stream()
            .map(band -> band.named("rating band " + band.optionalText("id")))
            .map(
                band ->
                    new StageOneScale.RatingBand(
                        band.requiredText("id"),
                        band.requiredText("label"),
                        band.requiredText("description"),
                        band.requiredInteger("min_percent"),
                        band.optionalInteger("max_unknown"),
                        band.flag("prioritise"),
                        band.flag("duties_met")))
            .toList();
    List<StageOneScale.WorkedExample> examples =
        rating.children("worked_examples", false).stream()
            .map(
                example ->
                    new StageOneScale.WorkedExample(
                        example.texts("answers"),
                        example.texts("statutory_answers"),
                        example.requiredInteger("percent"),
                        example.requiredText("rating")))
            .toList();
    List<StageOneScale.RankingExample> rankings =
        rating.children("ranking_examples", false).stream()
            .map(
                example ->
                    new StageOneScale.RankingExample(
                        example.children("areas", true).stream()
                            .map(
                                area ->
                                    new StageOneScale.RankingExample.ExampleArea(
                                        area.requiredText("name"),
                                        area.texts("answers"),
                                        area.texts("statutory_answers")))
                            .toList(),
                        example.texts("start_with")))
            .toList();
    List<StageOneScale.Purpose> purposes =
        node.children("purposes", false).stream()
            .map(purpose -> purpose.named("purpose " + purpose.optionalText("id")))
            .map(
                purpose ->
                    new StageOneScale.Purpose(
                        purpose.requiredText("id"),
                        purpose.requiredText("label"),
                        purpose.requiredText("description")))
            .toList();
    return new StageOneScale(
        options(node, "answers"),
        rating.requiredText("explanation"),
        bands,
        examples,
        rating.optionalInteger("start_with"),
        rankings,
        purposes,
        rating.optionalText("unknown_flag"),
        spread(node.optionalChild("spread")));
  }

  private static SpreadMeasure spread(ContentNode spread) {
    if (spread == null) {
      return SpreadMeasure.NONE;
    }
    return new SpreadMeasure(
        spread.children("levels", true).stream()
            .map(level -> level.named("spread level " + level.optionalText("id")))
            .map(
                level ->
                    new SpreadMeasure.Level(
                        level.requiredText("id"),
                        level.requiredText("label"),
                        level.requiredInteger("min_range")))
            .toList(),
        spread.children("worked_examples", false).stream()
            .map(
                example ->
                    new SpreadMeasure.WorkedExample(
                        example.texts("answers"),
                        example.requiredInteger("range"),
                        example.requiredInteger("distinct"),
                        example.requiredInteger("unknown"),
                        example.optionalText("level")))
            .toList());
  }

  static StageTwoScales stageTwo(ContentNode node) {
    ContentNode priority = node.optionalChild("priority");
    return priority == null
        ? new StageTwoScales(options(node, "extent"), options(node, "impact"))
        : new StageTwoScales(
            options(node, "extent"),
            options(node, "impact"),
            priority.texts("required_first"),
            priority.requiredText("explanation"));
  }

  private static List<ScaleOption> options(ContentNode node, String key) {
    return node.children(key, true).stream()
        .map(option -> option.named(key + " option " + option.optionalText("value")))
        .map(
            option ->
                new ScaleOption(
                    option.requiredText("value"),
                    option.requiredText("label"),
                    option.optionalText("hint"),
                    option.optionalInteger("score"),
                    option.flag("unknown"),
                    option.flag("needs_reason")))
        .toList();
  }
}
