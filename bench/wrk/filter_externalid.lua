dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids
function init(args) ids = lines(os.getenv("BENCH_DATA") .. "/externalids.txt"); math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
function request()
  local filter = urlencode('externalId eq "' .. ids[math.random(#ids)] .. '"')
  return wrk.format("GET", base .. "/Users?filter=" .. filter, headers())
end
