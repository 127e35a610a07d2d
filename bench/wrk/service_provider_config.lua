dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
function request()
  return wrk.format("GET", base .. "/ServiceProviderConfig", headers())
end
