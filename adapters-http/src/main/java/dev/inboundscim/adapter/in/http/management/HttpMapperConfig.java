package dev.inboundscim.adapter.in.http.management;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/** Shared MapStruct settings: a DTO field nobody fills is a compile error, not a silent null. */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface HttpMapperConfig {
}
