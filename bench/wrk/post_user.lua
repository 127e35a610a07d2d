dofile(os.getenv("BENCH_DIR") .. "/wrk/common.lua")
local counter = 0
local prefix
function init(args) prefix = tostring(math.random(1, 1e9)) .. "-" .. tostring({}):sub(8) end
function request()
  counter = counter + 1
  local name = "new-" .. prefix .. "-" .. counter
  local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name
    .. '@bench.example.com","externalId":"' .. name .. '","name":{"givenName":"N","familyName":"F"},'
    .. '"emails":[{"primary":true,"type":"work","value":"' .. name .. '@bench.example.com"}],"active":true}'
  return wrk.format("POST", base .. "/Users", headers(), body)
end
