# tingdu_warnings(TARGET): our code builds with these and with no warnings.
function(tingdu_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual -Wformat=2)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wshadow=local)
    else()
      target_compile_options(${target} PRIVATE -Wshadow-uncaptured-local)
    endif()
  endif()
endfunction()

# Qt code: no implicit conversions from char* to QString or QUrl.
function(tingdu_qt_defaults target)
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
                             QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_KEYWORDS)
endfunction()
