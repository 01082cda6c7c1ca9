package cn.warmledger.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import cn.warmledger.domain.Gender;
import cn.warmledger.domain.IdNumber;

class SyntheticCountyTest {
    @Test
    void idNumbersAreValidDistinctAndCarryTheGender() {
        SplittableRandom random = new SplittableRandom(1);
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 120_000; k += 7) {
            boolean male = k % 3 == 0;
            String id = SyntheticCounty.idNumber(k, male, random);
            assertThat(IdNumber.problemWith(id)).as(id).isEmpty();
            assertThat(IdNumber.parse(id).gender()).isEqualTo(male ? Gender.MALE : Gender.FEMALE);
            assertThat(seen.add(id.substring(6, 17))).as(id).isTrue();
        }
    }

    @Test
    void theSameSeedGivesTheSameNames() {
        SplittableRandom a = new SplittableRandom(42);
        SplittableRandom b = new SplittableRandom(42);
        for (int i = 0; i < 100; i++) {
            String name = SyntheticCounty.name(a);
            assertThat(name).isEqualTo(SyntheticCounty.name(b)).hasSizeBetween(2, 3);
        }
    }

    @Test
    void medianAndPercentile() {
        assertThat(BenchService.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(BenchService.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(BenchService.percentile(sorted, 95)).isEqualTo(95);
        assertThat(BenchService.percentile(sorted, 50)).isEqualTo(50);
    }
}
