package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Trainer processes start with malloc asking for huge pages, keeping what the user set. */
class HugePagesTest {

    @Test
    void theTunableJoinsWhatIsAlreadySetAndNeverOverridesTheUsersChoice() {
        assertEquals("glibc.malloc.hugetlb=1", HugePages.tunables(null));
        assertEquals("glibc.malloc.hugetlb=1", HugePages.tunables(" "));
        assertEquals("glibc.malloc.hugetlb=1:glibc.malloc.arena_max=2", HugePages.tunables("glibc.malloc.arena_max=2"),
                "first: the only entry the trainer sees of it where glibc rewrites the variable");
        assertEquals("glibc.malloc.hugetlb=0", HugePages.tunables("glibc.malloc.hugetlb=0"), "switched off by the user");
        assertEquals("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2", HugePages.tunables("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2"),
                "hugetlb=2 (reserved huge pages) is the user's stronger choice");
    }

    @Test
    void theTrainersEnvironmentCarriesTheTunableUnlessSwitchedOff() {
        Map<String, String> trainer = HugePages.trainerEnvironment(Map.of("HOME", "/home/u", "GLIBC_TUNABLES", "glibc.malloc.arena_max=2"));
        assertEquals("glibc.malloc.hugetlb=1:glibc.malloc.arena_max=2", trainer.get("GLIBC_TUNABLES"));
        assertEquals("/home/u", trainer.get("HOME"), "the rest of the environment passes through");
        assertEquals("glibc.malloc.hugetlb=1", HugePages.trainerEnvironment(Map.of()).get("GLIBC_TUNABLES"));
        for (String off : new String[] {"0", "off", "FALSE", "no"}) {
            assertFalse(HugePages.trainerEnvironment(Map.of("DENDRITE_HUGE_PAGES", off)).containsKey("GLIBC_TUNABLES"), off);
        }
        assertTrue(HugePages.trainerEnvironment(Map.of("DENDRITE_HUGE_PAGES", "1")).containsKey("GLIBC_TUNABLES"));
    }

    @Test
    void readsWhetherMallocAsksAndTheKernelsMode() {
        assertTrue(HugePages.asks("glibc.malloc.hugetlb=1"));
        assertTrue(HugePages.asks("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2"));
        assertFalse(HugePages.asks("glibc.malloc.hugetlb=0"));
        assertFalse(HugePages.asks("glibc.malloc.arena_max=2"));
        assertFalse(HugePages.asks(null));
        assertEquals("madvise", HugePages.mode("always [madvise] never\n"));
        assertEquals("never", HugePages.mode("always madvise [never]"));
        assertEquals("unknown", HugePages.mode(""));
        assertTrue(java.util.Set.of("always", "madvise", "never", "unknown").contains(HugePages.kernelMode()), HugePages.kernelMode());
    }
}
