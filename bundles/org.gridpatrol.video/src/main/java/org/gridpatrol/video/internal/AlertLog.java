package org.gridpatrol.video.internal;

import java.util.List;
import org.gridpatrol.video.api.VideoAlert;
import org.gridpatrol.video.api.VideoAlerts;

/** The stored alerts as this bundle's endpoints query them. */
interface AlertLog extends VideoAlerts {

    List<VideoAlert> query(AlertFilter filter);
}
