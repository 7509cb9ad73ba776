# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
version: 1
workload: "examples/edge-24-onnx.yaml"
device: "cuda"
device_name: "NVIDIA H200"
device_profile: "orin-agx-8g"
lanes: 4
runs: 30
margin: 1.2
dispatch_overhead: {p50_ns: 1235, p99_ns: 5012, max_ns: 14197}
models:
  - name: "dms_gaze"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1462115
    p50_ns: 1465690
    p99_ns: 1701839
    p999_ns: 1701839
    max_ns: 1701839
    wcet_ns: 2042207
  - name: "dms_drowsiness"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1458605
    p50_ns: 1460471
    p99_ns: 1726940
    p999_ns: 1726940
    max_ns: 1726940
    wcet_ns: 2072328
  - name: "dms_gesture"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1461334
    p50_ns: 1462762
    p99_ns: 1738840
    p999_ns: 1738840
    max_ns: 1738840
    wcet_ns: 2086608
  - name: "cabin_occupancy"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1457668
    p50_ns: 1466700
    p99_ns: 1716303
    p999_ns: 1716303
    max_ns: 1716303
    wcet_ns: 2059564
  - name: "traffic_light"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 1466625
    p50_ns: 1470709
    p99_ns: 1687955
    p999_ns: 1687955
    max_ns: 1687955
    wcet_ns: 2025546
  - name: "tracker_reid"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 2118014
    p50_ns: 2124932
    p99_ns: 2256732
    p999_ns: 2256732
    max_ns: 2256732
    wcet_ns: 2708079
  - name: "lane_detect"
    lane: 0
    lane_sms: 4
    runs: 30
    min_ns: 3306788
    p50_ns: 3311271
    p99_ns: 3496126
    p999_ns: 3496126
    max_ns: 3496126
    wcet_ns: 4195352
  - name: "cam_front_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 6125990
    p50_ns: 6131119
    p99_ns: 6228786
    p999_ns: 6228786
    max_ns: 6228786
    wcet_ns: 7474544
  - name: "cam_front_wide_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3320189
    p50_ns: 3323886
    p99_ns: 3519963
    p999_ns: 3519963
    max_ns: 3519963
    wcet_ns: 4223956
  - name: "cam_rear_det"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 3326936
    p50_ns: 3334415
    p99_ns: 3632371
    p999_ns: 3632371
    max_ns: 3632371
    wcet_ns: 4358846
  - name: "traffic_sign"
    lane: 1
    lane_sms: 4
    runs: 30
    min_ns: 1483712
    p50_ns: 1492415
    p99_ns: 1705347
    p999_ns: 1705347
    max_ns: 1705347
    wcet_ns: 2046417
  - name: "cam_left_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3338872
    p50_ns: 3341737
    p99_ns: 3526674
    p999_ns: 3526674
    max_ns: 3526674
    wcet_ns: 4232009
  - name: "cam_right_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 3332840
    p50_ns: 3339591
    p99_ns: 3563766
    p999_ns: 3563766
    max_ns: 3563766
    wcet_ns: 4276520
  - name: "radar_lidar_fusion"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 2147095
    p50_ns: 2152002
    p99_ns: 2300486
    p999_ns: 2300486
    max_ns: 2300486
    wcet_ns: 2760584
  - name: "freespace"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 5863424
    p50_ns: 5869525
    p99_ns: 6144208
    p999_ns: 6144208
    max_ns: 6144208
    wcet_ns: 7373050
  - name: "pedestrian_intent"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 1486178
    p50_ns: 1496271
    p99_ns: 1781980
    p999_ns: 1781980
    max_ns: 1781980
    wcet_ns: 2138376
  - name: "lidar_det"
    lane: 2
    lane_sms: 4
    runs: 30
    min_ns: 6129483
    p50_ns: 6134791
    p99_ns: 6250535
    p999_ns: 6250535
    max_ns: 6250535
    wcet_ns: 7500642
  - name: "segmentation"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5844258
    p50_ns: 5849612
    p99_ns: 6131029
    p999_ns: 6131029
    max_ns: 6131029
    wcet_ns: 7357235
  - name: "depth"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5843829
    p50_ns: 5848517
    p99_ns: 6116917
    p999_ns: 6116917
    max_ns: 6116917
    wcet_ns: 7340301
  - name: "occupancy_grid"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8265139
    p50_ns: 8269036
    p99_ns: 8731691
    p999_ns: 8731691
    max_ns: 8731691
    wcet_ns: 10478030
  - name: "bev_fusion"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 8260460
    p50_ns: 8266635
    p99_ns: 8660435
    p999_ns: 8660435
    max_ns: 8660435
    wcet_ns: 10392522
  - name: "parking_slots"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 3311789
    p50_ns: 3320368
    p99_ns: 3531522
    p999_ns: 3531522
    max_ns: 3531522
    wcet_ns: 4237827
  - name: "trajectory_pred"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 2136005
    p50_ns: 2139441
    p99_ns: 2292104
    p999_ns: 2292104
    max_ns: 2292104
    wcet_ns: 2750525
  - name: "road_surface"
    lane: 3
    lane_sms: 4
    runs: 30
    min_ns: 5845786
    p50_ns: 5850413
    p99_ns: 6118826
    p999_ns: 6118826
    max_ns: 6118826
    wcet_ns: 7342592
