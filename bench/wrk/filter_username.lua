dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local names
function init(args) names = lines(os.getenv("BENCH_DATA") .. "/usernames.txt"); math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
function request()
  local filter = urlencode('userName eq "' .. names[math.random(#names)] .. '"')
  return wrk.format("GET", base .. "/Users?filter=" .. filter .. "&startIndex=1&count=100", headers())
end
