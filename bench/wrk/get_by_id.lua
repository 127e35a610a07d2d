dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids
function init(args) ids = lines(os.getenv("BENCH_DATA") .. "/ids.txt"); math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
function request()
  return wrk.format("GET", base .. "/Users/" .. ids[math.random(#ids)], headers())
end
