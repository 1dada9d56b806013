-- Background saves from many laptops at once, for benchmarks/load.sh. Each wrk thread is one laptop
-- with one connection, answering its own question over and over, each save carrying the revision
-- the last one returned, exactly as the page's autosave does. At the end every thread prints the
-- last save the service acknowledged, so the script can check each one is in the database.
-- Arguments: the CSRF token, the Cookie header, then one question path per thread.

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  token = args[1]
  cookie = args[2]
  path = args[2 + id]
  sequence = 0
  revision = ""
  last = 0
  conflicts = 0
end

function request()
  sequence = sequence + 1
  local body = "_csrf=" .. token .. "&answer=partly&actionsArising=&revision=" .. revision
      .. "&notes=laptop+" .. id .. "+save+" .. sequence
  return wrk.format("POST", path, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "application/json",
    ["Cookie"] = cookie,
    ["Origin"] = "http://127.0.0.1:" .. wrk.port,
  }, body)
end

function response(status, headers, body)
  local r = body:match('"revision":(%d+)')
  if r then
    revision = r
  end
  if status == 200 and body:find('"saved"', 1, true) then
    last = sequence
  elseif status == 409 then
    conflicts = conflicts + 1
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    io.write(string.format("acknowledged %s %d %d\n", thread:get("path"), thread:get("last"), thread:get("conflicts")))
  end
end
