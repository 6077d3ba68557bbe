package org.gridpatrol.gisdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NameFakerTest {

    @Test
    void givesUniquePlaceNamesAndPhonesWithinOneDataset() {
        NameFaker faker = new NameFaker();
        SplittableRandom random = new SplittableRandom(5);
        List<String> places = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            places.add(faker.placeName(random));
            phones.add(faker.mobilePhone(random));
        }
        assertThat(places).doesNotHaveDuplicates().allMatch(name -> name.matches("\\p{IsHan}{2}"));
        assertThat(phones).doesNotHaveDuplicates().allMatch(phone -> phone.matches("1[358]\\d{9}"));
    }

    @Test
    void personNamesAreASurnameAndOneOrTwoCharacters() {
        NameFaker faker = new NameFaker();
        SplittableRandom random = new SplittableRandom(9);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            names.add(faker.personName(random));
        }
        assertThat(names).allMatch(name -> name.matches("\\p{IsHan}{2,3}"));
        assertThat(names).anyMatch(name -> name.length() == 2).anyMatch(name -> name.length() == 3);
    }
}
