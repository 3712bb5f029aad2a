package vn.gov.oversight.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.oversight.organization.AgencyNameLookup.One;
import vn.gov.oversight.organization.AgencyNameLookup.Several;
import vn.gov.oversight.organization.AgencyNameLookup.Suggestion;
import vn.gov.oversight.organization.AgencyNameLookup.Unknown;

class AgencyNameLookupTest {

    static final LocalDate START = LocalDate.of(2021, 1, 1);
    static final LocalDate PLAN = LocalDate.of(2021, 10, 1);

    static Agency agency(String code, String name, AgencyKind kind) {
        return new Agency(code, name, kind, null, START, null, null, null, null);
    }

    static final List<Agency> AGENCIES = List.of(
            agency("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội", AgencyKind.DEPARTMENT),
            agency("so-y-te", "Sở Y tế", AgencyKind.DEPARTMENT),
            agency("so-vh-tt", "Sở Văn hóa và Thể thao", AgencyKind.DEPARTMENT),
            agency("nhcsxh", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Ninh Bình", AgencyKind.OTHER),
            agency("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", AgencyKind.MASS_ORGANISATION),
            agency("hoi-nong-dan", "Hội Nông dân tỉnh", AgencyKind.MASS_ORGANISATION),
            agency("ubnd-tp-ninh-binh", "UBND thành phố Ninh Bình", AgencyKind.LOCAL_COMMITTEE),
            agency("ubnd-hoa-lu", "UBND huyện Hoa Lư", AgencyKind.LOCAL_COMMITTEE),
            agency("ubnd-kim-son", "Ủy ban nhân dân huyện Kim Sơn", AgencyKind.LOCAL_COMMITTEE),
            new Agency("ubnd-cu", "UBND huyện Cũ", AgencyKind.LOCAL_COMMITTEE, null, START, LocalDate.of(2021, 6, 30),
                    null, null, null),
            new Agency("ubnd-sau", "UBND huyện Sau", AgencyKind.LOCAL_COMMITTEE, null, LocalDate.of(2022, 1, 1), null,
                    null, null, null),
            agency("ubnd-xa-yen-thang", "UBND xã Yên Thắng", AgencyKind.LOCAL_COMMITTEE),
            agency("ubnd-hoa-binh", "UBND xã Thủy Hòa", AgencyKind.LOCAL_COMMITTEE));

    static final List<AgencyAlias> ALIASES = List.of(new AgencyAlias(1, "so-ldtbxh", "Sở LĐ-TB&XH", "seed"),
            new AgencyAlias(2, "nhcsxh", "NHCSXH", "seed"),
            new AgencyAlias(3, "mttq", "Mặt trận Tổ quốc tỉnh", "seed"));

    static final List<CollectivePhrase> PHRASES = List.of(
            new CollectivePhrase(1, "UBND các huyện, thành phố", AgencyKind.LOCAL_COMMITTEE,
                    List.of("UBND huyện", "UBND thành phố"), List.of(), false),
            new CollectivePhrase(2, "các sở, ngành liên quan", AgencyKind.DEPARTMENT, List.of(), List.of(), false),
            new CollectivePhrase(3, "các cơ quan liên quan", null, List.of(), List.of(), true),
            new CollectivePhrase(4, "nhóm ngân hàng và mặt trận", null, List.of(), List.of("nhcsxh", "mttq"), false));

    final AgencyNameLookup lookup = new AgencyNameLookup(PLAN, PLAN, AGENCIES, ALIASES, PHRASES, List.of(),
            "Ninh Bình");

    @Test
    void tonePlacementUnicodeFormCaseAmpersandHyphensAndSpacesDoNotMatter() {
        assertThat(NameKeys.key("Thuỷ Hoà")).isEqualTo(NameKeys.key("thủy hòa"));
        assertThat(NameKeys.key(Normalizer.normalize("Sở Y tế", Normalizer.Form.NFD)))
            .isEqualTo(NameKeys.key("Sở Y tế"));
        assertThat(NameKeys.key("Sở LĐ-TB&XH")).isEqualTo(NameKeys.key("SỞ LĐTB và XH"));
        assertThat(NameKeys.key("UBND huyện Kim Sơn")).isEqualTo(NameKeys.key("Ủy ban nhân dân huyện Kim  Sơn"));
        // but a different letter or diacritic is a different name
        assertThat(NameKeys.key("Sở Y tê")).isNotEqualTo(NameKeys.key("Sở Y tế"));
        assertThat(NameKeys.key("Hoa Lư")).isNotEqualTo(NameKeys.key("Hòa Lư"));
    }

    @Test
    void resolvesCodesNamesAliasesAndVariants() {
        assertThat(lookup.resolve("so-y-te")).isEqualTo(new One("so-y-te"));
        assertThat(lookup.resolve(" sở y tế ")).isEqualTo(new One("so-y-te"));
        assertThat(lookup.resolve("Sở LĐTBXH")).isEqualTo(new One("so-ldtbxh"));
        assertThat(lookup.resolve("Sở LĐ - TB & XH")).isEqualTo(new One("so-ldtbxh"));
        assertThat(lookup.resolve("NHCSXH")).isEqualTo(new One("nhcsxh"));
        assertThat(lookup.resolve("Chi nhánh Ngân hàng Chính sách xã hội tỉnh")).isEqualTo(new One("nhcsxh"));
        assertThat(lookup.resolve("Mặt trận Tổ quốc tỉnh")).isEqualTo(new One("mttq"));
        assertThat(lookup.resolve("UBND xã Thuỷ Hoà")).isEqualTo(new One("ubnd-hoa-binh"));
        assertThat(lookup.resolve("Sở Thể thao và Văn hóa")).isEqualTo(new One("so-vh-tt"));
        assertThat(lookup.resolve("UBND huyện Kim Sơn")).isEqualTo(new One("ubnd-kim-son"));
    }

    @Test
    void phrasesStandForTheAgenciesOfTheirRuleOnTheDay() {
        assertThat(lookup.resolve("UBND các huyện, thành phố")).isEqualTo(new Several("UBND các huyện, thành phố",
                List.of("ubnd-tp-ninh-binh", "ubnd-hoa-lu", "ubnd-kim-son"), false));
        assertThat(lookup.resolve("Ủy ban nhân dân các huyện, thành phố")).isInstanceOf(Several.class);
        assertThat(lookup.resolve("các Sở, ngành liên quan"))
            .isEqualTo(new Several("các sở, ngành liên quan", List.of("so-ldtbxh", "so-y-te", "so-vh-tt"), false));
        assertThat(lookup.resolve("Các cơ quan liên quan"))
            .isEqualTo(new Several("các cơ quan liên quan", List.of(), true));
        assertThat(lookup.resolve("nhóm ngân hàng và mặt trận"))
            .isEqualTo(new Several("nhóm ngân hàng và mặt trận", List.of("nhcsxh", "mttq"), false));
    }

    @Test
    void aSucceededAgencyOfAPhraseIsReplacedByItsSuccessor() {
        Succession merged = new Succession(1, "ubnd-hoa-lu", "ubnd-tp-ninh-binh", LocalDate.of(2021, 6, 1),
                Instant.now(), 0, Succession.Remainder.SUCCESSOR, null, List.of());
        AgencyNameLookup later = new AgencyNameLookup(PLAN, PLAN, AGENCIES, ALIASES, PHRASES, List.of(merged),
                "Ninh Bình");

        assertThat(((Several) later.resolve("UBND các huyện, thành phố")).codes()).containsExactly("ubnd-tp-ninh-binh",
                "ubnd-kim-son");
    }

    @Test
    void anUnknownNameComesWithTheClosestAgenciesExistingOnTheDay() {
        Unknown unknown = (Unknown) lookup.resolve("Sở Y tê tỉnh");
        assertThat(unknown.suggestions()).first().isEqualTo(new Suggestion("so-y-te", "Sở Y tế"));
        assertThat(((Unknown) lookup.resolve("Ngan hang chinh sach xa hoi")).suggestions()).extracting(Suggestion::code)
            .first()
            .isEqualTo("nhcsxh");
        assertThat(((Unknown) lookup.resolve("UBND huyen Cu")).suggestions()).extracting(Suggestion::code)
            .doesNotContain("ubnd-cu", "ubnd-sau");
        assertThat(((Unknown) lookup.resolve("Báo Ninh Bình")).suggestions()).extracting(Suggestion::code)
            .doesNotContain("so-y-te");
    }

}
