dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
function request()
  return wrk.format("GET", base .. "/Users?startIndex=1&count=100", headers())
end
