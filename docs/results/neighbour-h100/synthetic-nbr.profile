# AegisRT WCET profile, written by 'aegisrt profile'; read by 'aegisrt admit|run
# --wcet-profile' (include/aegis/profile.h). Times in ns: execution = finish -
# start of each job run alone, back to back; wcet = ceil(max * margin);
# dispatch_overhead = start - release over every job.
# curve: the model alone on one lane of each size (lane_sizes); interference (where
# measured) = p99 with a memory-bound neighbour on another lane / p99 alone.
version: 2
workload: "examples/synthetic.yaml"
device: "cuda"
device_name: "NVIDIA H100 80GB HBM3"
device_profile: ""
lanes: 2
runs: 300
margin: 1.2
dispatch_overhead: {p50_ns: 360, p99_ns: 1420, max_ns: 4575}
lane_sizes: [16, 64, 128]
models:
  - name: "detector"
    lane: 0
    lane_sms: 64
    runs: 300
    min_ns: 4497602
    p50_ns: 4511624
    p99_ns: 4566953
    p999_ns: 4569977
    max_ns: 4569977
    wcet_ns: 5483973
    curve:
      - {sms: 16, runs: 300, p50_ns: 4569949, p99_ns: 4596199, max_ns: 4604115, wcet_ns: 5524938, interference: 2.34}
      - {sms: 64, runs: 300, p50_ns: 4533212, p99_ns: 4562417, max_ns: 4579065, wcet_ns: 5494878, interference: 1.8372}
      - {sms: 128, runs: 300, p50_ns: 4530976, p99_ns: 4547243, max_ns: 4770324, wcet_ns: 5724389}
  - name: "tracker"
    lane: 0
    lane_sms: 64
    runs: 300
    min_ns: 798022
    p50_ns: 808337
    p99_ns: 826809
    p999_ns: 838975
    max_ns: 838975
    wcet_ns: 1006770
    curve:
      - {sms: 16, runs: 300, p50_ns: 812737, p99_ns: 823057, max_ns: 826216, wcet_ns: 991460, interference: 2.1208}
      - {sms: 64, runs: 300, p50_ns: 814739, p99_ns: 833363, max_ns: 837397, wcet_ns: 1004877, interference: 1.527}
      - {sms: 128, runs: 300, p50_ns: 822744, p99_ns: 844262, max_ns: 860116, wcet_ns: 1032140}
  - name: "gaze"
    lane: 1
    lane_sms: 64
    runs: 300
    min_ns: 1011518
    p50_ns: 1013391
    p99_ns: 1020957
    p999_ns: 1024411
    max_ns: 1024411
    wcet_ns: 1229294
    curve:
      - {sms: 16, runs: 300, p50_ns: 1013440, p99_ns: 1022448, max_ns: 1025768, wcet_ns: 1230922, interference: 1.0183}
      - {sms: 64, runs: 300, p50_ns: 1013356, p99_ns: 1020792, max_ns: 1023881, wcet_ns: 1228658, interference: 1.0244}
      - {sms: 128, runs: 300, p50_ns: 1012802, p99_ns: 1028108, max_ns: 1047771, wcet_ns: 1257326}
