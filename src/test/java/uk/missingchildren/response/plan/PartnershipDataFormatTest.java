package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data file's checksum: the same for the same content however it is laid out, different for any
 * change of content, and worked out the same way for ever (a file exported today must still be
 * accepted by the service in years to come, on any instance).
 */
class PartnershipDataFormatTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void canonicalJson_sortsKeys_dropsWhiteSpace_andEscapesOnlyWhatItMust() {
    ObjectNode file =
        read(
            """
        {"b": [1, true, null], "a": {"é": "line\\nbreak \\"quoted\\" \\u0001", "A": "tab\\there"}}
        """);

    assertThat(CanonicalJson.write(file))
        .isEqualTo(
            "{\"a\":{\"A\":\"tab\\there\",\"é\":\"line\\nbreak \\\"quoted\\\" \\u0001\"},\"b\":[1,true,null]}");
  }

  @Test
  void checksum_isTheSameHoweverTheFileIsLaidOut_andLeavesItselfOut() {
    ObjectNode compact = read("{\"format\":\"f\",\"schemaVersion\":1,\"notes\":\"Ω\"}");
    ObjectNode spread =
        read(
            "{\n  \"notes\" : \"Ω\",\n  \"schemaVersion\" : 1,\n  \"format\" : \"f\",\n"
                + "  \"checksum\" : {\"algorithm\" : \"SHA-256\", \"value\" : \"0\"}\n}");

    assertThat(PartnershipDataFormat.checksum(spread))
        .isEqualTo(PartnershipDataFormat.checksum(compact));
  }

  @Test
  void checksum_changesWithAnyChangeOfContent() {
    String base = PartnershipDataFormat.checksum(read("{\"revision\":1,\"notes\":\"Ω\"}")).value();

    assertThat(PartnershipDataFormat.checksum(read("{\"revision\":2,\"notes\":\"Ω\"}")).value())
        .isNotEqualTo(base);
    assertThat(PartnershipDataFormat.checksum(read("{\"revision\":1.0,\"notes\":\"Ω\"}")).value())
        .isNotEqualTo(base);
    assertThat(PartnershipDataFormat.checksum(read("{\"revision\":\"1\",\"notes\":\"Ω\"}")).value())
        .isNotEqualTo(base);
    assertThat(PartnershipDataFormat.checksum(read("{\"revision\":1,\"notes\":\"Ω \"}")).value())
        .isNotEqualTo(base);
  }

  @Test
  void checksum_neverChangesForTheSameContent() {
    // SHA-256 of {"format":"f","notes":"Ω","schemaVersion":1} in UTF-8: if this fails, files
    // already
    // exported would be refused as changed.
    assertThat(
            PartnershipDataFormat.checksum(
                read("{\"schemaVersion\":1,\"notes\":\"Ω\",\"format\":\"f\"}")))
        .isEqualTo(
            new PartnershipDataFormat.Checksum(
                "SHA-256", "6ed30e048123453c7d82b514cab7c1651266d81659930b2bcc1af0c136f0da6a"));
  }

  @Test
  void aFileIsIntact_onlyWithItsOwnChecksum() {
    ObjectNode file = read("{\"format\":\"f\",\"schemaVersion\":1}");
    assertThat(PartnershipDataFormat.hasChecksum(file)).isFalse();
    assertThat(PartnershipDataFormat.intact(file)).isFalse();

    file.set("checksum", JSON.valueToTree(PartnershipDataFormat.checksum(file)));
    assertThat(PartnershipDataFormat.intact(file)).isTrue();

    file.put("schemaVersion", 2);
    assertThat(PartnershipDataFormat.hasChecksum(file)).isTrue();
    assertThat(PartnershipDataFormat.intact(file)).isFalse();
  }

  private static ObjectNode read(String json) {
    return (ObjectNode) JSON.readTree(json);
  }
}
