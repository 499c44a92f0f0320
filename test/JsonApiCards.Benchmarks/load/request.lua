-- Sends the method and body load.sh names in WRK_METHOD and WRK_BODY_FILE (GET with no body when unset), with the
-- Accept header a JSON:API client sends (or WRK_ACCEPT's, which may name a profile). With WRK_ALTERNATE_BODY_FILE, requests alternate between the two bodies,
-- so that every PATCH really changes the row instead of finding nothing to save. With WRK_SPREAD_IDS=FIRST-LAST, each
-- request goes to the next id of that range (in the path and the body, in place of the path's own id), and the bodies
-- alternate from one pass over the range to the next: writers then rarely meet on one row.
wrk.method = os.getenv("WRK_METHOD") or "GET"
local accept = os.getenv("WRK_ACCEPT")
wrk.headers["Accept"] = (accept and accept ~= "") and accept or "application/vnd.api+json"

local function read(path)
  local file = assert(io.open(path, "rb"))
  local content = file:read("*a")
  file:close()
  return content
end

local body_file = os.getenv("WRK_BODY_FILE")
if body_file and body_file ~= "" then
  wrk.body = read(body_file)
  wrk.headers["Content-Type"] = "application/vnd.api+json"
end

local alternate_file = os.getenv("WRK_ALTERNATE_BODY_FILE")
local spread = os.getenv("WRK_SPREAD_IDS")
if spread and spread ~= "" then
  local first, last = spread:match("^(%d+)-(%d+)$")
  first, last = assert(tonumber(first), "WRK_SPREAD_IDS is FIRST-LAST"), tonumber(last)
  local own_id = assert(wrk.path:match("/(%d+)$"), "a spread scenario's path ends with an id")
  local bodies = { wrk.body or "", alternate_file and alternate_file ~= "" and read(alternate_file) or wrk.body or "" }
  local count, sent = last - first + 1, 0
  request = function()
    local id = tostring(first + sent % count)
    local body = bodies[math.floor(sent / count) % 2 + 1]:gsub('"' .. own_id .. '"', '"' .. id .. '"')
    sent = sent + 1
    return wrk.format(nil, wrk.path:gsub(own_id .. "$", id), nil, body)
  end
elseif alternate_file and alternate_file ~= "" then
  local bodies = { wrk.body, read(alternate_file) }
  local sent = 0
  request = function()
    sent = sent + 1
    return wrk.format(nil, nil, nil, bodies[sent % 2 + 1])
  end
end
