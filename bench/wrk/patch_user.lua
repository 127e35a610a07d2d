dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids
function init(args) ids = lines(os.getenv("BENCH_DATA") .. "/ids.txt"); math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end
function request()
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace",'
    .. '"path":"title","value":"T' .. math.random(1000) .. '"}]}'
  return wrk.format("PATCH", base .. "/Users/" .. ids[math.random(#ids)], headers(), body)
end
