dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local ids, names, externals
function init(args)
  local data = os.getenv("BENCH_DATA")
  ids = lines(data .. "/ids.txt"); names = lines(data .. "/usernames.txt"); externals = lines(data .. "/externalids.txt")
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end
function request()
  local i = math.random(#ids)
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. names[i]
    .. '","externalId":"' .. externals[i] .. '","name":{"givenName":"G' .. math.random(1000)
    .. '","familyName":"F"},"emails":[{"primary":true,"type":"work","value":"' .. names[i] .. '"}],"active":true}'
  return wrk.format("PUT", base .. "/Users/" .. ids[i], headers(), body)
end
