-- Shared by the scenarios: the bearer token and lines of a data file, read once per wrk thread.
token = os.getenv("SCIM_TOKEN")
base = os.getenv("SCIM_BASE_PATH")

function lines(file)
  local t = {}
  for line in io.lines(file) do t[#t + 1] = line end
  return t
end

function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function headers(extra)
  local h = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/scim+json" }
  if extra then for k, v in pairs(extra) do h[k] = v end end
  return h
end

