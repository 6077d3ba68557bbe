package org.gridpatrol.gisdata.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plausible, fictitious names and mobile numbers. Community names combine syllables common in Wenzhou place
 * names (垟, 岙, 埭, 浦 ...); they are unique within one dataset, as are the workers' phone numbers.
 */
public final class NameFaker {

    private static final List<String> PLACE_FIRST = List.of(
            "东", "西", "南", "北", "上", "下", "前", "后", "新", "塘", "林", "陈", "周", "潘", "金", "湖", "河",
            "梅", "桃", "竹", "莲", "沙", "石", "岩", "芦", "杏", "瓯", "云", "凤", "龙", "虹", "玉", "锦", "万",
            "仙", "宝", "安", "横", "丰", "高", "盘", "庄", "樟", "柳", "董", "蔡", "池", "黄", "汀", "岱");
    private static final List<String> PLACE_SECOND = List.of(
            "山", "塘", "岙", "垟", "埭", "桥", "浦", "湖", "河", "岭", "溪", "坑", "屿", "洋", "头", "田", "宅",
            "庄", "门", "堡", "园", "湾", "岸", "滨", "阳", "下", "垄", "川", "口", "底");
    private static final List<String> SURNAMES = List.of(
            "陈", "陈", "林", "林", "黄", "王", "张", "李", "周", "吴", "郑", "胡", "金", "叶", "潘", "徐", "蔡",
            "杨", "朱", "许", "池", "郭", "戴", "项", "余", "孙", "董", "薛", "钱", "包");
    private static final List<String> GIVEN = List.of(
            "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
            "秀", "霞", "平", "刚", "桂", "建", "海", "晓", "燕", "丹", "华", "慧", "鑫", "婷", "斌", "浩", "雪",
            "琴", "帆", "宇", "凯", "佳", "欣", "志", "国", "春", "林", "文", "亮", "瑞", "安", "月", "红");
    private static final List<String> MOBILE_PREFIXES = List.of(
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159",
            "180", "181", "182", "183", "184", "185", "186", "187", "188", "189");

    private final Set<String> usedPlaces = new HashSet<>();
    private final Set<String> usedPhones = new HashSet<>();

    /** A two-syllable place name not used before in this dataset, without suffix. */
    public String placeName(SplittableRandom random) {
        while (true) {
            String name = pick(PLACE_FIRST, random) + pick(PLACE_SECOND, random);
            if (usedPlaces.add(name)) {
                return name;
            }
        }
    }

    /** A surname followed by one or two given-name characters. */
    public String personName(SplittableRandom random) {
        String given = pick(GIVEN, random);
        if (random.nextInt(3) > 0) {
            given += pick(GIVEN, random);
        }
        return pick(SURNAMES, random) + given;
    }

    /** An 11-digit mobile number starting 13x, 15x or 18x, not used before in this dataset. */
    public String mobilePhone(SplittableRandom random) {
        while (true) {
            String phone = pick(MOBILE_PREFIXES, random) + String.format(java.util.Locale.ROOT, "%08d", random.nextInt(100_000_000));
            if (usedPhones.add(phone)) {
                return phone;
            }
        }
    }

    private static String pick(List<String> choices, SplittableRandom random) {
        return choices.get(random.nextInt(choices.size()));
    }
}
