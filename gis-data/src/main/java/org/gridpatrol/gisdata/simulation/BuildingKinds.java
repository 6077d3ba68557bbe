package org.gridpatrol.gisdata.simulation;

import java.util.List;
import java.util.SplittableRandom;

/** Which building entrance a checkpoint inside a community guards: villages and urban communities differ. */
final class BuildingKinds {

    private static final List<String> VILLAGE = List.of(
            "村委会", "文化礼堂", "农贸市场", "工业区", "卫生室", "小学", "老年活动中心");
    private static final List<String> COMMUNITY = List.of(
            "小区东门", "小区西门", "小区南门", "小区北门", "菜市场", "卫生服务中心", "商场", "中学");

    private BuildingKinds() {
    }

    static String pick(String communityName, SplittableRandom random) {
        List<String> kinds = communityName.endsWith("村") ? VILLAGE : COMMUNITY;
        return kinds.get(random.nextInt(kinds.size()));
    }
}
