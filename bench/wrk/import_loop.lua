dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
-- Okta's import: pages of 100 by startIndex, from the first user to the last, then again from the start. Each wrk
-- thread walks the pages in order (its connections take the next page as they free up).
local users
local start = 1
function init(args) users = #lines(os.getenv("BENCH_DATA") .. "/ids.txt") end
function request()
  local page = wrk.format("GET", base .. "/Users?startIndex=" .. start .. "&count=100", headers())
  start = start + 100
  if start > users then start = 1 end
  return page
end
