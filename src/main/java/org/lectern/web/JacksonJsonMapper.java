package org.lectern.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.lang.reflect.Type;

/** Javalin's JSON through Jackson 2, the Jackson the rest of Lectern uses. */
final class JacksonJsonMapper implements JsonMapper {

    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Override
    public String toJsonString(Object obj, Type type) {
        try {
            return mapper.writeValueAsString(obj);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public <T> T fromJsonString(String json, Type type) {
        try {
            return mapper.readValue(json, mapper.constructType(type));
        } catch (JsonProcessingException e) {
            throw new io.javalin.http.BadRequestResponse("Malformed JSON.");
        }
    }
}
