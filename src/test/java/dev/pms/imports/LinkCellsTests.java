package dev.pms.imports;

import org.junit.jupiter.api.Test;

import static dev.pms.imports.LinkCells.Kind.BLOCKED_BY;
import static dev.pms.imports.LinkCells.Kind.BLOCKS;
import static dev.pms.imports.LinkCells.Kind.RELATES;
import static org.assertj.core.api.Assertions.assertThat;

class LinkCellsTests {

    @Test
    void readsOurLinksColumn() {
        assertThat(LinkCells.links("blocks WEB-3; Blocked by WEB-1;relates to  WEB-5 ")).containsExactly(
                new LinkCells.Ref(BLOCKS, "WEB-3", "blocks WEB-3"), new LinkCells.Ref(BLOCKED_BY, "WEB-1", "Blocked by WEB-1"),
                new LinkCells.Ref(RELATES, "WEB-5", "relates to  WEB-5"));
    }

    @Test
    void readsRedmineRelatedIssues() {
        assertThat(LinkCells.links("Related to #102, Blocks #103, Blocked by #104, Precedes #105, Duplicates #106"))
                .extracting(LinkCells.Ref::kind, LinkCells.Ref::ref)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RELATES, "102"), org.assertj.core.groups.Tuple.tuple(BLOCKS, "103"),
                        org.assertj.core.groups.Tuple.tuple(BLOCKED_BY, "104"), org.assertj.core.groups.Tuple.tuple(BLOCKS, "105"),
                        org.assertj.core.groups.Tuple.tuple(RELATES, "106"));
    }

    @Test
    void aPartWithoutAKnownKindOrTaskIsMarkedUnread() {
        assertThat(LinkCells.links("waits for WEB-3, blocks , blocksWEB-4")).extracting(LinkCells.Ref::kind)
                .containsExactly(null, null, null);
        assertThat(LinkCells.links("  ")).isEmpty();
    }

    @Test
    void readsAsanaDependenciesAndParentsWithoutRedminesHash() {
        assertThat(LinkCells.listed("1206000000000001, 1206000000000002", BLOCKED_BY)).extracting(LinkCells.Ref::ref)
                .containsExactly("1206000000000001", "1206000000000002");
        assertThat(LinkCells.ref(" #102 ")).isEqualTo("102");
        assertThat(LinkCells.ref("Feature #102: Add dark mode")).isEqualTo("102");
        assertThat(LinkCells.ref("WEB-12")).isEqualTo("WEB-12");
        assertThat(LinkCells.ref(" ")).isNull();
    }
}
