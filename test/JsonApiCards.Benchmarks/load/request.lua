-- Sends the method and body load.sh names in WRK_METHOD and WRK_BODY_FILE (GET with no body when unset), with the
-- Accept header a JSON:API client sends. With WRK_ALTERNATE_BODY_FILE, requests alternate between the two bodies,
-- so that every PATCH really changes the row instead of finding nothing to save.
wrk.method = os.getenv("WRK_METHOD") or "GET"
wrk.headers["Accept"] = "application/vnd.api+json"

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
if alternate_file and alternate_file ~= "" then
  local bodies = { wrk.body, read(alternate_file) }
  local sent = 0
  request = function()
    sent = sent + 1
    return wrk.format(nil, nil, nil, bodies[sent % 2 + 1])
  end
end
